/**
 * The SelfServe command-line client: the MSCommerce PowerShell module's commands (connect, get and update
 * the AllowSelfServicePurchase policy) over SelfServe's REST API. {@link selfserve.cli.SelfServeCli} is the
 * entry point, for the shell and for Java code alike.
 */
package selfserve.cli;
