"""The Streamlit app's pages (app.py lists them) and the helpers they share."""
