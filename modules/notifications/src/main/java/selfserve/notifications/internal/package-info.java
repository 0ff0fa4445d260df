/**
 * The observers that turn other modules' events into notices (in the transaction of the change), the
 * outbox writer, the dispatcher that mails after commit and on a schedule under a claim with a lease, the
 * SMTP transport, and the EJBs of the api.
 */
package selfserve.notifications.internal;
