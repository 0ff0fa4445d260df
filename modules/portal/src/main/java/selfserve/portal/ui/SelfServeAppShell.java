package selfserve.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: Lumo, then SelfServe's own stylesheet from the frontend-theme jar. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("selfserve/selfserve.css")
@Meta(name = "referrer", content = "same-origin")
public class SelfServeAppShell implements AppShellConfigurator {
}
