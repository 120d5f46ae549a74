"""Reading and writing spreadsheets: xlsx/csv import, the Excel export engine, cell safety."""
