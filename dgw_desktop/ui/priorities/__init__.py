"""The tabs of the Prioritising page: dot voting, criteria scoring, the impact–effort map."""
