/**
 * Commerce as stored and the rules that need no container: the catalog and its prices, cards (checked,
 * never stored whole), subscriptions, invoices and the record of idempotent purchase requests.
 */
package selfserve.commerce.domain;
