package selfserve.portal.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Some notices were marked read in this UI: the bell counts again. */
public class NoticesChanged extends ComponentEvent<UI> {

    public NoticesChanged(UI ui) {
        super(ui, false);
    }
}
