/**
 * A purchaser's billing: the billing profile their invoices are billed to, and their saved cards
 * with add, edit, remove and replace-on-a-subscription.
 */
package selfserve.portal.ui.purchaser.billing;
