"""Topics across the corpus with BERTopic, on the embeddings the pipeline already computed."""
