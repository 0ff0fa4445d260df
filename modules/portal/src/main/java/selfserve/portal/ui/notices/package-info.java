/** The signed-in person's Notifications page (the bell that leads to it is part of the shell). */
package selfserve.portal.ui.notices;
