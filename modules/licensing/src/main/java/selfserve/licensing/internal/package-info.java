/** The EJBs behind licensing's api, its repository, and the observers that keep seats in step with commerce. */
package selfserve.licensing.internal;
