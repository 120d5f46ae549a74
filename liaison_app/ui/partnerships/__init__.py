"""The Partnerships section: packages, inquiries, the pipeline board, follow-ups and the chart."""
