package selfserve.cli;

import java.util.List;

/** The table columns, named as MSCommerce names its fields (names, not texts: they are never translated). */
final class PolicyColumns {

    static final List<String> POLICY = List.of("PolicyId", "Description", "DefaultValue");
    static final List<String> PRODUCT_POLICY = List.of("PolicyId", "ProductName", "ProductId", "PolicyValue");

    private PolicyColumns() {
    }
}
