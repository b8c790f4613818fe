"""Which public files train which head, and which parts are held out for evaluation.

Shared by scripts/train_heads.py and scripts/make_eval_sets.py so that a held-out row can never
be trained on. Paths are relative to the shared data directory.
"""

from __future__ import annotations

# file -> (salt for the hold-out split, percent held out). 100 = the whole file is test data.
SENTIMENT = {
    "sentiment/da_angrytweets_train.jsonl": ("da_tweets", 35),
    "sentiment/da_twittersent_train.jsonl": ("da_tweets", 35),
    "sentiment/da_social_comments.jsonl": ("da_social", 0),
    "sentiment/da_lcc.jsonl": ("da_lcc", 0),
    "sentiment/da_europarl.jsonl": ("da_europarl", 0),
    "sentiment/nb_norec_sentence_train.jsonl": ("nb_norec", 0),
    "sentiment/nb_norec_sentence_dev.jsonl": ("nb_norec_dev", 100),
    "sentiment/sv_tweets.jsonl": ("sv_tweets", 35),
    "sentiment/sv_absabank_imm_train.jsonl": ("sv_absabank", 20),
    "sentiment/en_tweeteval.jsonl": ("en_tweets", 35),
    "sentiment/en_trustpilot_translated.jsonl": ("trustpilot", 35),
}

# evaluation sets written by make_eval_sets.py: name -> files
EVAL_SETS = {
    "da_tweets": ["sentiment/da_angrytweets_train.jsonl", "sentiment/da_twittersent_train.jsonl"],
    "nb_norec_sentences": ["sentiment/nb_norec_sentence_dev.jsonl"],
    "sv_tweets": ["sentiment/sv_tweets.jsonl"],
    "sv_absabank": ["sentiment/sv_absabank_imm_train.jsonl"],
    "en_tweets": ["sentiment/en_tweeteval.jsonl"],
    "scandi_reviews_mt": ["sentiment/en_trustpilot_translated.jsonl"],
}
