"""The label ids of shared/TAXONOMY.md, for the checkers of the hand-written sets (copied, not
imported from ``textinsight``: the gold data must not come from the code it measures)."""

SENTIMENTS = frozenset({"positive", "neutral", "negative"})
DOC_SENTIMENTS = SENTIMENTS | {"mixed"}
PILLARS = frozenset(
    {"integrity", "resolution", "expectations", "time_effort", "personalisation", "empathy"}
)
TOUCHPOINTS = frozenset(
    {
        "marketing",
        "sales",
        "onboarding",
        "website_app",
        "customer_service",
        "billing",
        "delivery",
        "product",
        "store",
        "repair_returns",
        "cancellation",
    }
)
FEEDBACK_TYPES = frozenset({"praise", "complaint", "suggestion", "question", "other"})
LANGS = ("da", "nb", "sv", "en")
GENRES = frozenset({"survey", "social", "interview"})
