/** Commerce's EJBs: the catalog, offered to identity as its {@code ProductCatalog}. */
package selfserve.commerce.internal;
