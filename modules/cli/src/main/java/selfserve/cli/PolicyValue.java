package selfserve.cli;

/** The values of AllowSelfServicePurchase, spelled as the API and MSCommerce spell them. */
enum PolicyValue {
    Enabled,
    Disabled,
    OnlyTrialsWithoutPaymentMethod
}
