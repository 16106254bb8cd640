"""Site search across published pages and publications (/search/?q=).

Where to look: what is indexed and when (index.py, text.py), how it ranks
(ranking.py), how results are shown (results.py), the page (views.py, forms.py).
"""
