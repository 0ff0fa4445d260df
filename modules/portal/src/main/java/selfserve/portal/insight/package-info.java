/**
 * The admins' picture of the money and the seats ("Spend and utilization"): commerce's spend report and
 * licensing's seats per product put side by side for the dashboard and the REST API, and drawn as SVG plots on
 * the server, so the portal needs no frontend build.
 */
package selfserve.portal.insight;
