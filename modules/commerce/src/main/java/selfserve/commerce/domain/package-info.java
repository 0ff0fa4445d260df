/** The catalog as stored: products with their current and older ids. */
package selfserve.commerce.domain;
