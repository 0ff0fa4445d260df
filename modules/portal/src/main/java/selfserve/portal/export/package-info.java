/** Files people download, written as they stream: the licenses export and the audit log. */
package selfserve.portal.export;
