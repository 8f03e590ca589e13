#!/bin/sh
# Verify that the committed vocabularies are OpenAI's files, byte for byte:
# the SHA-256 values are the expected_hash values of tiktoken's
# openai_public.py (also listed in data/tokenizer/NOTICE.md); the open-model
# rank files are the outputs of gen_open_vocabs.mjs and gen_tekken_vocab.mjs
# and the SentencePiece files (*.spm) those of gen_spm_vocabs.mjs, recorded
# in NOTICE.md.
set -eu
cd "$(dirname "$0")/../../data/tokenizer"
sha256sum -c <<'SUMS'
306cd27f03c1a714eca7108e03d66b7dc042abe8c258b44c199a7ed9838dd930  r50k_base.tiktoken
94b5ca7dff4d00767bc256fdd1b27e5b17361d7b8a5f968547f9f23eb70d2069  p50k_base.tiktoken
223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7  cl100k_base.tiktoken
446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d  o200k_base.tiktoken
82e9d31979e92ab929cd544440f129d9ecd797b69e327f80f17e1c50d5551b55  llama3.tiktoken
d0bdbaf59b0762c8c807617e2d8ea51420eb1b1de266df2495be755c8e0ed6ed  llama4.tiktoken
1e87024295412356d24d7ce976f6f18ba60f42ec2aa238b47144ef28a8c3962a  deepseek_v3.tiktoken
ec14f0bc57a2f44dfa7a7bb0a77eae3fa28b094cf01c0b7c29f3ad51b6b57be3  qwen2.tiktoken
e601c3eb93ff531d545cf3c4f73e1ad59da1c456c538ba2368733ec157315b23  tekken.tiktoken
9091a47241703e8cb7e96d69dcd4250e8c997ad6792b7c88ed870353f89b27d1  llama2.spm
1363668d5e438226cee8a3bdf58ff03e366a2499e9e1af896c872b039fbf123f  mistral_v1.spm
192ecc59fca9afdd943903de013cb60c3abf347437e77efa1511263dd2555613  mistral_v2.spm
c9cb8ed60e3a7219d95f52e15266764e25f2019d257227f5a792b06b28b92ab1  mistral_v3.spm
54e4026d5b9800e84d23d82a94df2bcd8863696b211971a3dadd4663162f4577  gemma2.spm
1e611e8b66c16ed0d9169e84962ea2a94a252863e27c1e00b0b91be72a2beb51  gemma3.spm
SUMS
