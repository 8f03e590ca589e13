// Shared by the maintainer scripts that write Unicode lookup tables as C
// (gen_unicode_tables.mjs, gen_nfc_tables.mjs): a per-code-point array cut
// into blocks of 1 << shift values, identical blocks stored once.

// { stage1: block number per block of code points, stage2: the distinct
// blocks one after the other, blocks: how many }
export function twoLevel(values, shift) {
	const size = 1 << shift;
	const index = new Map();
	const stage1 = [];
	const stage2 = [];
	for (let base = 0; base < values.length; base += size) {
		const block = values.subarray(base, base + size);
		const key = block.join(',');
		let idx = index.get(key);
		if (idx === undefined) {
			idx = index.size;
			index.set(key, idx);
			stage2.push(...block);
		}
		stage1.push(idx);
	}
	return { stage1, stage2, blocks: index.size };
}

// The lines of a C initializer, perLine values a line.
export function rows(values, perLine, fmt = String) {
	const out = [];
	for (let i = 0; i < values.length; i += perLine)
		out.push('\t' + Array.from(values.slice(i, i + perLine), fmt).join(', ') + ',');
	return out.join('\n');
}
