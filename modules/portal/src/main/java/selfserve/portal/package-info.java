/**
 * The portal: the web application that puts SelfServe's modules in front of people (Vaadin views) and
 * programs (the REST API). It talks to the modules only through their api packages.
 */
package selfserve.portal;
