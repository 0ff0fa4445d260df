/** What every signed-in person sees: their own products and purchases. */
package selfserve.portal.ui.purchaser;
