/**
 * The outbox row ({@link selfserve.notifications.domain.Notice}) with its delivery rules, the facts a
 * notice carries, and the rendering of a notice into a localized, escaped mail. Plain Java apart from the
 * mappings, unit-tested without a container.
 */
package selfserve.notifications.domain;
