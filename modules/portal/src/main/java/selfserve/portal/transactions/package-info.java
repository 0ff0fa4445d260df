/** How the portal reads a failed transaction; used by both the REST API and the views. */
package selfserve.portal.transactions;
