/** What licensing offers the portal and other modules: assignments, the admin licenses view, take-over. */
package selfserve.licensing.api;
