/**
 * The Vaadin portal shell: the app layout with its role-aware navigation, the language switcher, the
 * access control that guards every view, and the state a signed-in person keeps for their session.
 * Views live in one package per area: {@code login}, {@code purchaser}, {@code admin}, {@code error}.
 */
package selfserve.portal.ui;
