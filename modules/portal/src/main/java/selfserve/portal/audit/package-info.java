/**
 * What the audit log page and its REST resources share: turning a product into the targets its entries name,
 * and reading the filters people type.
 */
package selfserve.portal.audit;
