/**
 * Reading request bodies strictly: a JSON body must have exactly the shape of the request record it is read into
 * (no unknown fields, no value of another type, no number that does not fit), or the request is refused with a
 * problem detail naming the field, before anything runs.
 */
package selfserve.portal.rest.json;
