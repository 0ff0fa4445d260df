package selfserve.notifications.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Coalesces the dispatcher's wake-ups: the commits of many notices at once start one dispatch run, not one each.
 * A run delivers everything that is due, so a wake-up while one runs only asks for one more run after it. (Each
 * notice used to start its own asynchronous run: 32 clients assigning 20 licenses at a time started hundreds of
 * runs that raced to claim the same notices and held every connection of the pool; see issue 8's benchmark.)
 */
@ApplicationScoped
public class DispatchWakeUps {

    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();

    /** Asks for a run; answers true when the caller must start one because none is running. */
    boolean request() {
        requested.set(true);
        return running.compareAndSet(false, true);
    }

    /** The run begins to look for due mail: wake-ups from now on ask for another run. */
    void begin() {
        requested.set(false);
    }

    /** The run is done: answers true when it must run once more (woken meanwhile); otherwise it has ended. */
    boolean again() {
        if (requested.get()) {
            return true;
        }
        running.set(false);
        // A wake-up between the check and the release saw a run going and started none: take it over.
        return requested.get() && running.compareAndSet(false, true);
    }

    /** The run could not be started or ended abnormally: the next wake-up starts a new one. */
    void abandon() {
        running.set(false);
    }
}
