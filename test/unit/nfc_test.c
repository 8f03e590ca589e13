/*
 * nfc_test.c
 *	  Unit test of the NFC normalizer: the quick check, known
 *	  normalizations (composition, reordering, singletons, exclusions,
 *	  Hangul), text left alone without allocating, invalid UTF-8, long runs
 *	  of marks, idempotence.  The exhaustive comparison with the reference
 *	  (every code point, pairs, random strings) is test/fuzz/diff_nfc.mjs.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "host_malloc.h"
#include "nfc.h"
#include "nfc_tables.h"

/* NFC of s as a malloc'd string (a copy when nothing changes). */
static char *
nfc_of(const char *s, size_t len, size_t *out_len, int *changed)
{
	unsigned char *out = NULL;
	char	   *copy;

	*changed = llmnum_nfc((const unsigned char *) s, len, &out, out_len, &test_host);
	if (*changed)
		return (char *) out;
	copy = malloc(len + 1);
	memcpy(copy, s, len);
	copy[len] = '\0';
	*out_len = len;
	return copy;
}

static void
expect(const char *in, const char *want)
{
	size_t		out_len;
	int			changed;
	char	   *out = nfc_of(in, strlen(in), &out_len, &changed);

	checks++;
	if (out_len != strlen(want) || memcmp(out, want, out_len) != 0 ||
		changed != (strcmp(in, want) != 0))
	{
		failures++;
		fprintf(stderr, "nfc(\"%s\") = \"%.*s\" (changed %d), expected \"%s\"\n",
				in, (int) out_len, out, changed, want);
	}
	else
	{
		/* idempotent: NFC of NFC is left alone */
		unsigned char *again = NULL;
		size_t		again_len;

		CHECK(llmnum_nfc((unsigned char *) out, out_len, &again, &again_len, &test_host) == 0);
	}
	free(out);
}

int
main(void)
{
	static const char *qc_pass[] = {
		"", "plain ASCII text, long enough for the eight-byte path!",
		"caf\xc3\xa9 na\xc3\xafve \xc3\x85ngstr\xc3\xb6m \xc7\x85", /* precomposed, < U+0300 */
		"\xe4\xb8\xad\xe6\x96\x87 \xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 \xd1\x8f\xd0\xb7\xd1\x8b\xd0\xba",	/* CJK, Hangul, Cyrillic */
		"\xff\xfe invalid \xcc", "\xf0\x9f\x91\x8d emoji",
	};
	size_t		i;

	CHECK(strcmp(llmnum_nfc_unicode_version, "17.0") == 0);

	/* the quick check */
	for (i = 0; i < sizeof(qc_pass) / sizeof(qc_pass[0]); i++)
		CHECK_EQ(llmnum_nfc_quick_check((const unsigned char *) qc_pass[i], strlen(qc_pass[i])),
				 strlen(qc_pass[i]));
	CHECK_EQ(llmnum_nfc_quick_check((const unsigned char *) "abcdefghije\xcc\x81", 13), 11);
	CHECK_EQ(llmnum_nfc_quick_check((const unsigned char *) "\xe2\x80\x80", 3), 0);
	CHECK_EQ(llmnum_nfc_quick_check((const unsigned char *) "x\xe1\x85\xa1", 4), 1); /* V jamo */
	for (i = 0; i < 0x300; i++)
		CHECK(llmnum_nfc_info_of((uint32_t) i)->safe);

	/* left alone, nothing allocated */
	expect("", "");
	expect("hello world", "hello world");
	expect("\xc3\xa9\xcc\x81", "\xc3\xa9\xcc\x81");		/* e-acute + acute: no composite */
	expect("\xcc\x81start", "\xcc\x81start");	/* a mark at the start stays */
	expect("a\xcc\x81\xcc\x81", "\xc3\xa1\xcc\x81");

	/* compositions */
	expect("e\xcc\x81", "\xc3\xa9");
	expect("cafe\xcc\x81 ok", "caf\xc3\xa9 ok");
	expect("A\xcc\x8a\xcc\x81", "\xc7\xba");	/* U+01FA, two levels */
	expect("a\xcc\xa3\xcc\x82", "\xe1\xba\xad");	/* U+1EAD, in order */
	expect("a\xcc\x82\xcc\xa3", "\xe1\xba\xad");	/* reordered first */
	expect("\xe0\xad\x87\xe0\xac\xbe", "\xe0\xad\x8b");	/* U+0B47 U+0B3E: two starters */
	expect("\xe3\x81\x8b\xe3\x82\x99", "\xe3\x81\x8c");	/* ka + dakuten */
	expect("\xef\xbd\xb6\xef\xbe\x9e", "\xef\xbd\xb6\xef\xbe\x9e");	/* halfwidth: not */

	/* singletons and exclusions */
	expect("\xe2\x80\x80x", "\xe2\x80\x82x");	/* U+2000 -> U+2002 */
	expect("\xe2\x84\xab", "\xc3\x85");	/* angstrom -> A-ring */
	expect("\xe2\x84\xa6", "\xce\xa9");	/* ohm -> omega */
	expect("\xe0\xa5\x98", "\xe0\xa4\x95\xe0\xa4\xbc");	/* U+0958 excluded */
	expect("\xe0\xbd\xb3", "\xe0\xbd\xb1\xe0\xbd\xb2");	/* U+0F73 */
	expect("\xcd\x84", "\xcc\x88\xcc\x81");	/* U+0344 */

	/* Hangul */
	expect("\xe1\x84\x80\xe1\x85\xa1", "\xea\xb0\x80");	/* L V */
	expect("\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8", "\xea\xb0\x81");	/* L V T */
	expect("\xea\xb0\x80\xe1\x86\xa8", "\xea\xb0\x81");	/* LV T */
	expect("\xea\xb0\x81\xe1\x86\xa8", "\xea\xb0\x81\xe1\x86\xa8");	/* LVT T: no */
	expect("\xe1\x85\xa1\xe1\x86\xa8", "\xe1\x85\xa1\xe1\x86\xa8");	/* V T alone */

	/* several spans, text copied between them */
	expect("abc e\xcc\x81 def \xe2\x80\x80 ghi \xe2\x84\xab!",
		   "abc \xc3\xa9 def \xe2\x80\x82 ghi \xc3\x85!");

	/* invalid UTF-8 is copied and ends a span */
	expect("e\xff\xcc\x81", "e\xff\xcc\x81");
	expect("e\xcc\x81\xff", "\xc3\xa9\xff");
	expect("e\xcc", "e\xcc");
	expect("\xed\xa0\x80\xcc\x81", "\xed\xa0\x80\xcc\x81");	/* a surrogate */
	expect("\xc0\xaf\xe2\x80\x80", "\xc0\xaf\xe2\x80\x82");	/* overlong, then U+2000 */

	/* a long run of marks (sorted by counting): 220s before 230s, stable */
	{
		char		in[1 + 200 + 1];
		char		want[3 + 98 + 100 + 1];
		size_t		k;

		in[0] = 'a';
		for (k = 0; k < 50; k++)
			memcpy(in + 1 + 4 * k, "\xcc\x81\xcc\xa3", 4);	/* U+0301 U+0323 */
		in[201] = '\0';
		memcpy(want, "\xe1\xba\xa1", 3);	/* a + U+0323 = U+1EA1 */
		for (k = 0; k < 49; k++)
			memcpy(want + 3 + 2 * k, "\xcc\xa3", 2);
		for (k = 0; k < 50; k++)
			memcpy(want + 3 + 98 + 2 * k, "\xcc\x81", 2);
		want[201] = '\0';
		expect(in, want);
	}

	/* a long text: one change far in, after the eight-byte path */
	{
		size_t		n = 100000;
		char	   *in = malloc(n + 4);
		char	   *want = malloc(n + 3);

		memset(in, 'x', n);
		memcpy(in + n, "e\xcc\x81", 4);
		memset(want, 'x', n);
		memcpy(want + n, "\xc3\xa9", 3);
		expect(in, want);
		free(in);
		free(want);
	}
	return check_report("nfc_test");
}
