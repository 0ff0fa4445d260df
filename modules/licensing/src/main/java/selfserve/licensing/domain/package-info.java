/** Seats, assignments and the rules about them; plain Java where no container is needed. */
package selfserve.licensing.domain;
