/** The sign-in page, open to everyone. */
package selfserve.portal.ui.login;
