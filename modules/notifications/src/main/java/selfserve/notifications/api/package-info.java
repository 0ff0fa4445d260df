/**
 * What the portal may use of notifications: the caller's in-app notices, the admins' view of their
 * tenant's deliveries, the kinds of notice, and {@link selfserve.notifications.api.NoticeWording}, the
 * wording the portal supplies from its bundles.
 */
package selfserve.notifications.api;
