/** The admin section: for Global, Billing, License and User admins, Global readers and delegated partners. */
package selfserve.portal.ui.admin;
