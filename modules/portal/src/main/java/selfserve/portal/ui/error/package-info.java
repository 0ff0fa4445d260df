/** What a person sees when a page does not exist or something breaks: localized, never a stack trace. */
package selfserve.portal.ui.error;
