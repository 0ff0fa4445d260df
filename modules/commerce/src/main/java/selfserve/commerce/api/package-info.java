/**
 * What the portal and licensing may use of commerce: prices, purchases with their receipts, and the
 * caller's subscriptions.
 */
package selfserve.commerce.api;
