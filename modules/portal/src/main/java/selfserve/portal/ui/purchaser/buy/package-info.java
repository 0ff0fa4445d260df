/**
 * The parts of the Buy page: the work-email step before signing in, the order form with its card
 * fields, and the receipt; plus how the purchaser's pages show money and dates in the person's language.
 * The parts fire events and know no service; the Buy page in {@code ui.purchaser} calls the services.
 */
package selfserve.portal.ui.purchaser.buy;
