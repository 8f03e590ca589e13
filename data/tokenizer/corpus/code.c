/* count the set bits of a word */
static inline int
popcount64(uint64_t x)
{
	int			n = 0;

	while (x != 0)
	{
		x &= x - 1;				/* clear the lowest set bit */
		n++;
	}
	return n;
}

int main(int argc, char **argv) { printf("%d\n", popcount64(argc > 1 ? strtoull(argv[1], NULL, 0) : 0xFFull)); return 0; }
