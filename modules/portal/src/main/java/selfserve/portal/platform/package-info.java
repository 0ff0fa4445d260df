/** What the whole application shares: the clock, health, the failure page and the start-up message. */
package selfserve.portal.platform;
