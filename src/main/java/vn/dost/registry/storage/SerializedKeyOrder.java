package vn.dost.registry.storage;

import java.util.IdentityHashMap;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order MVStore gives the keys of a unique index, unchanged, without its cost. An
 * index key is not {@link Comparable}, so the stock key type serializes both keys on
 * every comparison (a lookup in a tree of 50,000 keys compares some twenty times). This
 * one compares the same serialized bytes, keeping each key's bytes while the key object
 * lives in a recently used page; keys are written and read exactly as before, so a file
 * written by either type is read by the other.
 */
final class SerializedKeyOrder extends ObjectDataType {

	/**
	 * Keys whose bytes one thread keeps before starting afresh: a few pages' worth of the
	 * top of the tree.
	 */
	private static final int REMEMBERED = 4096;

	/**
	 * By identity: keys are not changed once made, and two equal keys may be of different
	 * classes inside.
	 */
	private static final ThreadLocal<Map<Object, byte[]>> SERIALIZED = ThreadLocal.withInitial(IdentityHashMap::new);

	@Override
	public int compare(Object a, Object b) {
		if (a == b || !(a instanceof KeyValue) || !(b instanceof KeyValue)) {
			return super.compare(a, b);
		}
		return compareNotNull(serialized(a), serialized(b));
	}

	private static byte[] serialized(Object key) {
		Map<Object, byte[]> known = SERIALIZED.get();
		byte[] bytes = known.get(key);
		if (bytes == null) {
			if (known.size() >= REMEMBERED) {
				known.clear();
			}
			bytes = serialize(key);
			known.put(key, bytes);
		}
		return bytes;
	}

}
