package selfserve.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/** SelfServe's logo and name, as the header and the sign-in page show them. */
public final class Brand {

    private Brand() {
    }

    public static H1 create() {
        H1 brand = new H1();
        brand.add(new Image("selfserve/logo.svg", ""), new Span(brand.getTranslation("app.name")));
        brand.addClassName("selfserve-brand");
        return brand;
    }
}
