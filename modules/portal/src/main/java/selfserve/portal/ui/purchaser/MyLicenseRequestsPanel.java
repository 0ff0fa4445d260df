package selfserve.portal.ui.purchaser;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import selfserve.licensing.api.LicenseRequestView;
import selfserve.licensing.api.LicenseRequests;
import selfserve.portal.ui.purchaser.buy.Formats;

/** The person's own license requests: what they asked for, for whom, and what the admin answered. */
class MyLicenseRequestsPanel extends VerticalLayout {

    private final LicenseRequests requests;
    private final Grid<LicenseRequestView> grid = new Grid<>();

    MyLicenseRequestsPanel(LicenseRequests requests) {
        this.requests = requests;
        Formats formats = Formats.of(this);
        setPadding(false);
        setId("my-requests");
        grid.setId("my-requests-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(LicenseRequestView::productName).setHeader(getTranslation("licenseRequests.column.product"));
        grid.addColumn(r -> formats.date(r.createdAt())).setHeader(getTranslation("licenseRequests.column.date"));
        grid.addColumn(r -> r.people().stream().map(p -> getTranslation("licenseRequests.personOutcome", p.displayName(),
                        getTranslation("licenseRequests.outcome." + p.outcome().name())))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("licenseRequests.column.people")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("licenseRequests.status." + r.status().name()))
                .setHeader(getTranslation("licenseRequests.column.status"));
        grid.addColumn(r -> r.message() == null ? "" : r.message())
                .setHeader(getTranslation("licenseRequests.column.message")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("licenseRequests.mine")), grid);
        refresh();
    }

    void refresh() {
        var mine = requests.mine();
        grid.setItems(mine);
        setVisible(!mine.isEmpty());
    }
}
