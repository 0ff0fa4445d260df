/**
 * Tests on the real server: Arquillian deploys the portal's own WAR to the Liberty server built from
 * {@code liberty/}. In-container tests run inside it; REST client and browser tests ({@code testable = false})
 * call it from outside, as a program or a person would.
 */
package selfserve.it;
