package selfserve.cli;

import java.io.PrintStream;
import java.io.Writer;

/** Lets picocli write through a PrintStream, so its help text uses the stream's own encoding like ours does. */
final class PrintStreamWriter extends Writer {

    private final PrintStream stream;

    PrintStreamWriter(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public void write(char[] characters, int offset, int length) {
        stream.print(new String(characters, offset, length));
    }

    @Override
    public void flush() {
        stream.flush();
    }

    @Override
    public void close() {
        flush(); // the stream belongs to the caller
    }
}
