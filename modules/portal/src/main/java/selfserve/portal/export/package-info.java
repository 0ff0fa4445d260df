/** Files people download, written as they stream: the licenses export. */
package selfserve.portal.export;
