def tokens_per_word(text: str, encode) -> float:
    """Return the ratio of tokens to whitespace-separated words."""
    words = text.split()
    if not words:
        return 0.0
    return len(encode(text)) / len(words)


if __name__ == "__main__":
    import sys
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            print(f"{path}\t{tokens_per_word(f.read(), str.split):.3f}")
