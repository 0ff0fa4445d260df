/** What the whole application shares: the clock, the correlation id filter, health and the start-up message. */
package selfserve.portal.platform;
