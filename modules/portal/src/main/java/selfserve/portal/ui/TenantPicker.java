package selfserve.portal.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import selfserve.identity.api.TenantRef;

/**
 * Which organization an admin page shows, for partners who administer several: the first is chosen, and
 * each other choice is handed to the page.
 */
public class TenantPicker extends Select<TenantRef> {

    public TenantPicker(String id, List<TenantRef> tenants, Consumer<TenantRef> chosen) {
        setId(id);
        setLabel(getTranslation("adminPurchases.tenant"));
        setItems(tenants);
        setItemLabelGenerator(TenantRef::name);
        setValue(tenants.getFirst());
        addValueChangeListener(event -> chosen.accept(event.getValue()));
    }
}
