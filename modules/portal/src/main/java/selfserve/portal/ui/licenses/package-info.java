/** Licenses in the portal: a subscription's holders, assigning and unassigning, and the admins' licenses view. */
package selfserve.portal.ui.licenses;
